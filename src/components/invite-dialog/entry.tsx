import { memo, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { InviteBatchStoreEntry } from '../../core/invite-store';
import { roleName } from '../../core/roles';
import { describeEntry, shortAddress, type InviteDialogEntryKind, type InviteDialogEntryRowProps } from '../../hooks/use-invite-dialog';
import { AlertIcon, CheckIcon, ClockIcon, CloseIcon, InfoIcon, QuestionIcon, SpinnerIcon, XCircleIcon } from '../icons';
import { RoleMenu } from '../role-menu';
import { InviteDialogRowsContext, slotProps, srOnly } from './context';

/** Props of {@link InviteDialogEntry}: the entry, and the per-row values `getEntryProps(entry)` gives. */
export interface InviteDialogEntryProps extends InviteDialogEntryRowProps {
  entry: InviteBatchStoreEntry;
  /** `rows`: one per person with its role; `chips`: addresses side by side. */
  layout: 'rows' | 'chips';
}

const ICONS: Partial<Record<InviteDialogEntryKind, (props: { className?: string | undefined; 'data-slot': string }) => ReactNode>> = {
  invalid: AlertIcon,
  failed: XCircleIcon,
  sending: SpinnerIcon,
  sent: CheckIcon,
  already: InfoIcon,
  waiting: ClockIcon,
  unknown: QuestionIcon,
};

/**
 * One person: the address (a button that edits it, with its state in words beside it), a remove
 * button, and in rows its role picker or the roles it got. Memoized on props that are the same
 * objects and primitives while the entry does not change: typing re-renders no row.
 */
export const InviteDialogEntry = memo(function InviteDialogEntry(props: InviteDialogEntryProps) {
  const { entry, layout, picker, tabStop, suggestion, describedBy, roleDescribedBy, roleInvalid } = props;
  const shared = useContext(InviteDialogRowsContext);
  if (!shared) throw new Error('`InviteDialogEntry` must be used within `InviteDialogRoot`');
  const { row, view } = shared;
  const { messages, idOf } = row;
  const slot = slotProps(view);
  const [editing, setEditing] = useState(false);
  const chipRef = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  const { kind, label } = describeEntry(entry, messages);
  const shown = shortAddress(entry.email);
  const locked = entry.status === 'sending';
  const editable = !entry.readOnly;
  const Icon = ICONS[kind];
  const roleNames = entry.roleSlugs.map((slug) => roleName(slug, row.roles, messages.roleNames)).join(', ');

  useEffect(() => {
    if (!editing && refocus.current) {
      refocus.current = false;
      chipRef.current?.focus();
    }
  }, [editing]);

  const describedByChip = [idOf('chip-hint'), describedBy, locked && idOf('locked')].filter(Boolean).join(' ');

  return (
    <li {...slot('entry')} data-status={kind} data-layout={layout}>
      {editing ? (
        <input
          autoFocus
          type="text"
          inputMode="email"
          defaultValue={entry.email}
          aria-label={messages.editEntry({ email: entry.email })}
          aria-invalid={kind === 'invalid' || undefined}
          aria-describedby={describedBy}
          {...slot('edit')}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === 'Escape') {
              event.preventDefault();
              refocus.current = true;
              if (event.key === 'Escape') event.currentTarget.value = entry.email;
              event.currentTarget.blur();
            }
          }}
          onBlur={(event) => {
            const text = event.currentTarget.value.trim();
            setEditing(false);
            if (text === '') {
              refocus.current = false;
              row.focusInput();
              row.remove(entry);
            } else if (text !== entry.email) row.update(entry.id, { email: text });
          }}
        />
      ) : (
        <span {...slot('chip')} data-status={kind} data-suggestion={suggestion ? '' : undefined}>
          <button
            ref={chipRef}
            type="button"
            tabIndex={tabStop === 'chip' ? 0 : -1}
            data-roving="chip"
            data-entry={entry.id}
            title={shown}
            {...slot('chip-button')}
            aria-invalid={kind === 'invalid' || undefined}
            aria-disabled={!editable || undefined}
            aria-describedby={describedByChip}
            onClick={() => editable && setEditing(true)}
          >
            {Icon && <Icon data-slot="invite-dialog-chip-icon" className={slot('chip-icon', kind === 'sending' ? 'ik-spin' : undefined).className} />}
            {/* One hidden text carries the name: the address, then its state ("ana@acme.com, Invited"). */}
            <bdi aria-hidden={label ? true : undefined} {...slot('chip-text')}>
              {shown}
            </bdi>
            {label && (
              <>
                <span aria-hidden="true" {...slot('chip-label')}>
                  {label}
                </span>
                <span style={srOnly}>{`${shown}, ${label}`}</span>
              </>
            )}
          </button>
          <button
            type="button"
            tabIndex={-1}
            {...slot('chip-remove')}
            aria-disabled={locked || undefined}
            aria-describedby={locked ? idOf('locked') : undefined}
            onClick={(event) => {
              if (locked) return;
              row.remove(entry, chipRef.current ?? event.currentTarget);
            }}
          >
            <CloseIcon width={12} height={12} data-slot="invite-dialog-chip-remove-icon" />
            <span style={srOnly}>{messages.removeEntry({ email: shown })}</span>
          </button>
        </span>
      )}
      {layout === 'rows' &&
        (picker ? (
          <RoleMenu
            label={messages.roleFor({ email: entry.email })}
            value={entry.roleSlugs}
            onValueChange={(slugs) => row.setRoleSlugs(entry.id, slugs)}
            mode={row.roleMode}
            roles={row.roles}
            caller={row.caller}
            messages={messages}
            unstyled={view.unstyled}
            theme={row.theme}
            dir={row.dir}
            aria-invalid={roleInvalid}
            aria-describedby={roleDescribedBy}
            tabIndex={tabStop === 'role' ? 0 : -1}
            className={slot('entry-role').className}
            triggerProps={{ 'data-roving': 'role', 'data-entry': entry.id }}
          />
        ) : (
          // Sent, in flight, or following the one picker: what the person gets, as text.
          <span {...slot('entry-roles')} title={roleNames}>
            <span style={srOnly}>{`${messages.roleLabel}: `}</span>
            {roleNames}
          </span>
        ))}
    </li>
  );
});
