/**
 * Joins class names, skipping the falsy ones. Tiny on purpose: the kit ships no class-name library.
 * @example cx('ik-Button', primary && 'ik-Button--primary', className)
 */
export function cx(...classes: Array<string | false | null | undefined>): string | undefined {
  let out = '';
  for (const name of classes) if (name) out = out ? `${out} ${name}` : name;
  return out || undefined;
}

/**
 * The `ik-` class of a part, or nothing when the component is `unstyled`: hosts with their own
 * design system style by `data-slot` and keep only the classes they pass themselves.
 */
export const ikClass = (unstyled: boolean | undefined, name: string): string | undefined => (unstyled ? undefined : name);
