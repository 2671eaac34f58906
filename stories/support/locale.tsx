import type { Decorator } from '@storybook/react-vite';
import { ROLES } from './fixtures';
import { isLanguage, LANGUAGES, rolesIn } from './languages';

/**
 * The toolbar's language (the `locale` global) for any story of a component that speaks: the
 * story gets that language's messages (and the demo catalog with its custom roles named in it),
 * unless it sets messages of its own; the Playground gets it as its `locale`. English, the default,
 * changes nothing: the components speak it already.
 */
export const withLocale: Decorator = (Story, context) => {
  const { locale } = context.globals;
  if (!isLanguage(locale) || locale === 'en') return Story();
  if ('locale' in context.argTypes) return Story({ args: { ...context.args, locale } });
  if (!('messages' in context.argTypes) || context.args.messages) return Story();
  return Story({
    args: { ...context.args, messages: LANGUAGES[locale], ...(context.args.roles === ROLES && { roles: rolesIn(locale) }) },
  });
};
