import type { Decorator } from '@storybook/react-vite';
import { ROLES } from './fixtures';
import { isLanguage, LANGUAGES, LIST_LANGUAGES, rolesIn } from './languages';

/**
 * The toolbar's language (the `locale` global) for any story of a component that speaks: the
 * story gets that language's messages (the dialog's, or with `parameters.i18n: 'list'` the
 * invitations list's) and the demo catalog with its custom roles named in it, unless it sets
 * messages of its own; the Playground and People pages get it as their `language`. English, the
 * default, changes nothing: the components speak it already.
 */
export const withLocale: Decorator = (Story, context) => {
  const { locale } = context.globals;
  if (!isLanguage(locale) || locale === 'en') return Story();
  if ('language' in context.argTypes) return Story({ args: { ...context.args, language: locale } });
  if (!('messages' in context.argTypes) || context.args.messages) return Story();
  const messages = context.parameters.i18n === 'list' ? LIST_LANGUAGES[locale] : LANGUAGES[locale];
  return Story({
    args: { ...context.args, messages, ...(context.args.roles === ROLES && { roles: rolesIn(locale) }) },
  });
};
