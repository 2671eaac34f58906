import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { localeDirection } from '../core/locales';
import { useLocaleOptions } from '../hooks/use-locale-options';
import { cx, ikClass } from './cx';
import type { Direction, Theme } from './environment';
import { defaultLocalePickerMessages, type LocalePickerMessages } from './messages';
import { SelectOption, SelectShell, type SelectTriggerAria } from './select-parts';

/** Props of {@link LocalePicker}. */
export interface LocalePickerProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'defaultValue' | 'onChange' | 'dir' | keyof SelectTriggerAria>,
    SelectTriggerAria {
  /** The chosen tag, in the list's own spelling (controlled). */
  value?: string;
  /**
   * The tag chosen at first (uncontrolled); any BCP 47 tag is matched to the list (`de-AT` → `de`).
   * @default the best match for the person's own languages, else `en` when listed
   */
  defaultValue?: string;
  /** Called with the new tag when the person picks a language. */
  onValueChange?: (value: string) => void;
  /**
   * The tags to offer, in the API's own spelling (`pt-br` for Stytch).
   * @default INVITATION_LOCALES (the 90 WorkOS invitation-email locales)
   */
  locales?: readonly string[];
  /**
   * The language the names are written in.
   * @default messages.locale (the picker's own language), else 'en'
   */
  displayLocale?: string;
  /** Submits the tag with a form: a hidden input under this name. */
  name?: string;
  /**
   * Disables the picker.
   * @default false
   */
  disabled?: boolean;
  /**
   * Renders no `ik-` classes: style it yourself by `data-slot`.
   * @default false
   */
  unstyled?: boolean;
  /** The popover's theme. @default the trigger's surroundings (`data-theme`, `.dark`) */
  theme?: Theme;
  /**
   * The writing direction of the picker itself.
   * @default the direction of `messages.locale` when the messages give one, else the trigger's surroundings (`dir`)
   */
  dir?: Direction;
  /** Its language (`import de from 'invite-kit/messages/de'`), or replacement strings. @default defaultLocalePickerMessages (English) */
  messages?: Partial<LocalePickerMessages>;
}

/**
 * Picks the language of the invitation email. Each option reads "Deutsch — German": the
 * language's own name (marked with its `lang` and `dir`, so Arabic or Hebrew names show right to
 * left), then its name in the display language. Options are sorted by the display-language name;
 * typeahead matches what each option shows, so typing "Deutsch" finds German.
 * @example <LocalePicker locales={['en', 'es', 'pt-br', 'fr']} onValueChange={setLocale} />
 */
export const LocalePicker = forwardRef<HTMLDivElement, LocalePickerProps>(function LocalePicker(props, forwardedRef) {
  const {
    value: valueProp,
    defaultValue,
    onValueChange,
    locales,
    displayLocale,
    name,
    disabled = false,
    unstyled,
    theme,
    dir,
    messages: messagesProp,
    className,
    id,
    'aria-label': ariaLabel,
    'aria-labelledby': ariaLabelledBy,
    'aria-describedby': ariaDescribedBy,
    'aria-invalid': ariaInvalid,
    ...rest
  } = props;
  const messages = { ...defaultLocalePickerMessages, ...messagesProp };
  const { options, match, defaultValue: suggested } = useLocaleOptions({
    ...(locales && { locales }),
    displayLocale: displayLocale ?? messages.locale ?? 'en',
    ...(defaultValue !== undefined && { value: defaultValue }),
  });
  const [chosen, setValue] = useControllableState<string | undefined>({
    prop: valueProp,
    defaultProp: undefined,
    onChange: (next) => next !== undefined && onValueChange?.(next),
  });
  // Until the person picks, the suggestion shows; it can change after hydration (the browser's
  // languages are unknown on the server), which a stored default value could not follow.
  const raw = chosen ?? suggested;
  const value = raw === undefined ? undefined : (match(raw) ?? raw);
  const c = (part: string) => ikClass(unstyled, part);

  return (
    <div
      ref={forwardedRef}
      data-slot="locale-picker"
      data-disabled={disabled ? '' : undefined}
      className={cx(c('ik-root'), c('ik-LocalePicker'), className)}
      {...rest}
    >
      <SelectShell
        part="LocalePicker"
        slot="locale-picker"
        value={value ?? ''}
        onValueChange={setValue}
        disabled={disabled}
        placeholder={messages.localePlaceholder}
        unstyled={unstyled}
        theme={theme}
        dir={dir ?? (messagesProp?.locale ? localeDirection(messagesProp.locale) : undefined)}
        id={id}
        aria-label={ariaLabel ?? (ariaLabelledBy ? undefined : messages.localeSelectLabel)}
        aria-labelledby={ariaLabelledBy}
        aria-describedby={ariaDescribedBy}
        aria-invalid={ariaInvalid}
      >
        {options.map((option) => (
          <SelectOption
            key={option.value}
            part="LocalePicker"
            slot="locale-picker"
            value={option.value}
            // Typeahead reads what is shown, starting with the name shown first.
            textValue={option.label === option.nativeLabel ? option.label : `${option.nativeLabel} — ${option.label}`}
            unstyled={unstyled}
            text={
              <>
                <bdi lang={option.value} dir={option.dir}>
                  {option.nativeLabel}
                </bdi>
                {option.label !== option.nativeLabel && ` — ${option.label}`}
              </>
            }
          />
        ))}
      </SelectShell>
      {name !== undefined && value !== undefined && <input type="hidden" name={name} value={value} />}
    </div>
  );
});
