import { Fragment, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { isInsideGroup } from '../../core/email-list';
import type { InviteDialogInputProps } from '../../hooks/use-invite-dialog';
import { srOnly, useInviteDialogContext, useSlot } from './context';
import { InviteDialogEntry, type InviteDialogEntryProps } from './entry';

const SEPARATOR_KEYS = new Set([',', ';', '，', '；', '、']);

const isRtl = (element: Element) => getComputedStyle(element).direction === 'rtl';

/**
 * The text field: its own state, so a keystroke re-renders the field alone and not the rows.
 * Enter, a comma, a semicolon, Tab, a paste or leaving the field turn the text into entries; what
 * does not fit under the limit is kept out of it (laying out thousands of addresses in a text box
 * blocks the page), and the kept note below says how many wait.
 */
function EmailInput({ field, className }: { field: InviteDialogInputProps; className: string | undefined }) {
  const { inputRef, draftText, flushRef, onCommit, onRemoveLast, onLeaveToList, ...aria } = field;
  const [value, setValueState] = useState(() => draftText.current);
  const current = useRef(value);
  const setValue = (text: string) => {
    draftText.current = current.current = text;
    setValueState(text);
  };
  const commit = (text: string) => setValue(onCommit(text));
  useLayoutEffect(() => {
    flushRef.current = () => {
      if (current.current.trim() !== '') commit(current.current);
    };
    return () => {
      flushRef.current = null;
    };
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const input = event.currentTarget;
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      // Enter finishes an address; it never sends by accident.
      event.preventDefault();
      commit(value);
    } else if (event.key === 'Tab') {
      // Committed before focus moves on, so the list changes while the field still has focus and
      // focus lands on the next control, not on the dialog.
      if (value.trim() !== '') commit(value);
    } else if (SEPARATOR_KEYS.has(event.key) && value.trim() !== '' && !isInsideGroup(value)) {
      // A comma inside "quotes", <brackets> or (a comment) belongs to the address being typed, as
      // the parser reads it (escaped quotes, a bracket inside quotes, the line it is on).
      event.preventDefault();
      commit(value);
    } else if (event.key === 'Backspace' && value === '') {
      event.preventDefault();
      onRemoveLast();
    } else if (
      (value === '' || (input.selectionStart === 0 && input.selectionEnd === 0)) &&
      event.key === (isRtl(input) ? 'ArrowRight' : 'ArrowLeft') &&
      onLeaveToList()
    ) {
      event.preventDefault();
    }
  };

  return (
    <textarea
      ref={inputRef}
      rows={1}
      inputMode="email"
      autoComplete="off"
      autoCapitalize="off"
      spellCheck={false}
      enterKeyHint="done"
      {...aria}
      data-slot="invite-dialog-input"
      className={className}
      value={value}
      onChange={(event) => {
        const text = event.currentTarget.value;
        // Keyboards that send no key events (some mobile IMEs) still end an address with a separator.
        if (/[\n,;，；、]$/.test(text) && !isInsideGroup(text.slice(0, -1))) commit(text);
        else setValue(text);
      }}
      onKeyDown={onKeyDown}
      onPaste={(event) => {
        const pasted = event.clipboardData.getData('text/plain');
        if (!pasted) return;
        event.preventDefault();
        const input = event.currentTarget;
        const start = input.selectionStart ?? value.length;
        const end = input.selectionEnd ?? value.length;
        commit(value.slice(0, start) + pasted + value.slice(end));
      }}
      onBlur={(event) => {
        if (value.trim() === '') return;
        if (!event.relatedTarget) return commit(value);
        // Focus is on its way to another control: commit once it is there. Changing the list
        // while nothing has focus would make the dialog's focus trap take focus back to itself.
        let done = false;
        const later = () => {
          if (done) return;
          done = true;
          document.removeEventListener('focusin', later, true);
          if (current.current.trim() !== '') commit(current.current);
        };
        document.addEventListener('focusin', later, true);
        setTimeout(later, 0);
      }}
    />
  );
}

const defaultEntry = (props: InviteDialogEntryProps) => <InviteDialogEntry {...props} />;

/**
 * The email field: its label, the box with everyone listed (one tab stop, arrow keys between them)
 * and the text field, the hint and the counter, what the last paste did, and notes about people —
 * repeated ones grouped, typo suggestions one click away.
 */
export function InviteDialogRecipients({
  className,
  renderEntry = defaultEntry,
}: {
  className?: string;
  /**
   * Renders one person's row from its props, for a row of your own (or one wrapped in something):
   * keep it a memoized component given exactly these props, so typing re-renders no row.
   * @default (props) => <InviteDialogEntry {...props} />
   */
  renderEntry?: (props: InviteDialogEntryProps) => ReactNode;
}) {
  const dialog = useInviteDialogContext('InviteDialogRecipients');
  const slot = useSlot();
  const { messages, batch, counts, idOf, maxRecipients, layout, feedback, kept, notes } = dialog;
  const keptButton = (action: 'add' | 'copy', label: string) => (
    <button {...slot(`kept-${action}`, 'ik-Button')} data-variant="ghost" {...dialog.getKeptProps(action)}>
      {label}
    </button>
  );
  const field = dialog.getInputProps();
  return (
    <div {...slot('field', undefined, className)}>
      <label htmlFor={field.id} {...slot('label')}>
        {messages.emailLabel}
      </label>
      <div {...slot('box')} data-layout={layout} {...dialog.getBoxProps()}>
        {batch.entries.length > 0 && (
          <ul {...slot('entries')} {...dialog.getListProps()}>
            {batch.entries.map((entry) => (
              <Fragment key={entry.id}>{renderEntry({ entry, layout, ...dialog.getEntryProps(entry) })}</Fragment>
            ))}
          </ul>
        )}
        <EmailInput field={field} className={slot('input').className} />
      </div>
      <span id={idOf('chip-hint')} hidden>
        {messages.chipHint}
      </span>
      <span id={idOf('locked')} hidden>
        {messages.entryLocked}
      </span>
      <div {...slot('meta')}>
        <p id={idOf('hint')} {...slot('hint')}>
          {messages.emailHint}
        </p>
        <p id={idOf('counter')} {...slot('counter')} data-over={counts.pending > maxRecipients ? '' : undefined}>
          <span aria-hidden="true" data-slot="invite-dialog-counter-text">
            {messages.counter({ count: counts.pending, max: maxRecipients })}
          </span>
          <span style={srOnly}>{messages.counterLabel({ count: counts.pending, max: maxRecipients })}</span>
        </p>
        {dialog.canClear && (
          <button {...slot('clear', 'ik-Button')} data-variant="ghost" {...dialog.getClearProps()}>
            {messages.clearAll}
          </button>
        )}
      </div>
      {feedback && (
        <p id={idOf('feedback')} {...slot('feedback')}>
          {feedback.text}
        </p>
      )}
      {kept && (
        // What did not fit is held here, not in the field: laying out 10,000 addresses in a text
        // box would block the page, and the person still sees how many wait and what to do.
        <p id={idOf('kept')} {...slot('kept')}>
          {kept.text}
          {kept.next > 0 && keptButton('add', messages.keptAdd({ count: kept.next }))}
          {typeof navigator !== 'undefined' && !!navigator.clipboard && keptButton('copy', messages.keptCopy)}
        </p>
      )}
      {notes.length > 0 && (
        <ul {...slot('notes')}>
          {notes.map((note) => (
            <li key={note.id} id={note.id} {...slot('note')} data-status={note.kind}>
              <span {...slot('note-text')}>
                {note.email !== undefined && (
                  <>
                    <bdi data-slot="invite-dialog-note-email">{note.email}</bdi>:{note.text && ' '}
                  </>
                )}
                {note.text}
              </span>
              {note.fix && (
                <button {...slot('note-fix', 'ik-Button')} data-variant="ghost" {...dialog.getFixProps(note)}>
                  {note.fix.label}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
