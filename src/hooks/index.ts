/**
 * The headless hooks: build your own invite UI on these; the kit's components are built on them too.
 * @module
 */
export { useInviteBatch, type UseInviteBatchOptions, type InviteBatch, type InviteBatchEntry } from './use-invite-batch';
export {
  useLocaleOptions,
  getLocaleOptions,
  type UseLocaleOptionsOptions,
  type LocaleOption,
  type LocaleOptions,
} from './use-locale-options';
