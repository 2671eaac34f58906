import type { InvitationRowView } from '../../hooks/use-invitation-list';
import { InvitationListAction } from './actions';
import { srOnly, useInvitationListContext, useSlot } from './context';

/**
 * The revoke confirmation, in place of the row's actions: the question, Revoke and Keep. Focus
 * goes to Revoke when it opens; Keep or Escape closes it and focus returns to the row's Revoke.
 */
export function InvitationListConfirm({ row, className }: { row: InvitationRowView; className?: string }) {
  const list = useInvitationListContext('InvitationListConfirm');
  const slot = useSlot();
  if (!row.confirming) return null;
  const { messages, idOf } = list;
  return (
    <div {...slot('confirm', undefined, className)} {...list.getConfirmGroupProps(row)}>
      <p id={idOf(`confirm-${row.id}`)} {...slot('confirm-text')}>
        {messages.confirmRevoke({ email: row.email })}
      </p>
      <button {...slot('confirm-action', 'ik-Button')} data-variant="danger" {...list.getConfirmProps(row)}>
        {messages.confirmRevokeAction}
      </button>
      <button {...slot('cancel-confirm', 'ik-Button')} data-variant="ghost" {...list.getCancelConfirmProps(row)}>
        {messages.cancelRevoke}
      </button>
    </div>
  );
}

/**
 * One invitation: the address and its state in words, its roles, when it expires or expired (or
 * was accepted or revoked), when it was sent and by whom, what its last action did, and its
 * actions (or the revoke confirmation). Focusable as a whole (`tabIndex=-1`), so focus has a
 * place to land when a control in it goes away.
 */
export function InvitationListItem({ row, className }: { row: InvitationRowView; className?: string }) {
  const list = useInvitationListContext('InvitationListItem');
  const slot = useSlot();
  const { messages, idOf } = list;
  const reason = row.actions.find((action) => action.reason)?.reason;
  return (
    <li {...slot('item', undefined, className)} {...list.getRowProps(row)} data-busy={row.item.busy ? '' : undefined}>
      <div {...slot('person')}>
        <bdi {...slot('email')} title={row.email}>
          {row.email}
        </bdi>
        <span {...slot('state')} data-state={row.state}>
          {row.stateLabel}
        </span>
      </div>
      <p {...slot('details')}>
        {row.roles && (
          <span {...slot('roles')}>
            <span style={srOnly}>{`${messages.roleLabel}: `}</span>
            {row.roles}
          </span>
        )}
        {row.time && <span {...slot('time')}>{row.time}</span>}
        {row.sent && <span {...slot('sent')}>{row.sent}</span>}
        {row.inviter && <span {...slot('inviter')}>{row.inviter}</span>}
      </p>
      {row.note && (
        <p id={idOf(`note-${row.id}`)} {...slot('note')} data-tone={row.note.tone}>
          {row.note.text}
        </p>
      )}
      {row.confirming ? (
        <InvitationListConfirm row={row} />
      ) : (
        row.actions.length > 0 && (
          <div {...slot('actions')}>
            {row.actions.map(({ action }) => (
              <InvitationListAction key={action} row={row} action={action} />
            ))}
          </div>
        )
      )}
      {reason && !row.confirming && (
        <p id={idOf(`reason-${row.id}`)} {...slot('reason')}>
          {reason}
        </p>
      )}
    </li>
  );
}
