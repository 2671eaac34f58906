import { ChevronDownIcon } from '../icons';
import { useInviteDialogContext, useSlot } from './context';

/**
 * The invitation email's language and lifetime, when the transport takes them. The language is
 * the browser's own select: on a phone its native picker, typeahead by what each option shows
 * ("Deutsch — German"), and no popover code in the bundle. A host that wants the kit's
 * `LocalePicker` here composes it with `getLocaleProps()`.
 */
export function InviteDialogOptions({ className }: { className?: string }) {
  const dialog = useInviteDialogContext('InviteDialogOptions');
  const slot = useSlot();
  const { messages, idOf, locales, expiry } = dialog;
  if (!locales && !expiry) return null;
  return (
    <div {...slot('options', 'ik-InviteDialog-row', className)}>
      {locales && <Language />}
      {expiry && (
        <div {...slot('expiry')}>
          <label htmlFor={idOf('expiry')} {...slot('expiry-label')}>
            {messages.expiryLabel({ unit: expiry.unit })}
          </label>
          <input
            id={idOf('expiry')}
            type="number"
            inputMode="numeric"
            step={1}
            aria-describedby={idOf('expiry-hint')}
            {...dialog.getExpiryProps()}
            {...slot('expiry-input', 'ik-InviteDialog-number')}
          />
          <span id={idOf('expiry-hint')} {...slot('expiry-hint')}>
            {messages.expiryHint({ min: expiry.min, max: expiry.max, unit: expiry.unit })}
          </span>
        </div>
      )}
    </div>
  );
}

function Language() {
  const dialog = useInviteDialogContext('InviteDialogOptions');
  const slot = useSlot();
  const { value, onValueChange } = dialog.getLocaleProps();
  const options = dialog.localeOptions;
  return (
    <div {...slot('locale')}>
      <label htmlFor={dialog.idOf('locale')} {...slot('locale-label')}>
        {dialog.messages.localeLabel}
      </label>
      <span {...slot('locale-control', 'ik-InviteDialog-select')}>
        <select
          id={dialog.idOf('locale')}
          data-slot="invite-dialog-locale-select"
          value={value ?? ''}
          onChange={(event) => onValueChange(event.currentTarget.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.value}>
              {/* Isolated, so a right-to-left name keeps its place before the dash. */}
              {option.label === option.nativeLabel
                ? option.label
                : `${option.dir === 'rtl' ? `\u2068${option.nativeLabel}\u2069` : option.nativeLabel} — ${option.label}`}
            </option>
          ))}
        </select>
        <ChevronDownIcon {...slot('locale-icon')} aria-hidden="true" />
      </span>
    </div>
  );
}
