'use client';
import { useState } from 'react';
import { useInviteBatch, type OnSend } from 'invite-kit';

/** A plain form on the headless hook: the rules, the send, retries and results come with it. */
export function InviteForm({ onSend }: { onSend: OnSend }) {
  const batch = useInviteBatch({ onSend });
  const [text, setText] = useState('');
  const add = () => {
    if (text.trim()) batch.addText(text);
    setText('');
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        add();
        void batch.submit();
      }}
    >
      <label>
        Email addresses
        <textarea value={text} onChange={(event) => setText(event.target.value)} onBlur={add} rows={3} />
      </label>
      <ul>
        {batch.entries.map((entry) => (
          <li key={entry.id}>
            {entry.email} — {entry.status}
            {entry.error && `: ${entry.error.message}`}{' '}
            <button type="button" disabled={entry.readOnly} onClick={() => batch.removeEntry(entry.id)}>
              Remove {entry.email}
            </button>
          </li>
        ))}
      </ul>
      <button type="submit" disabled={batch.status === 'sending'}>
        {batch.status === 'sending' ? 'Sending…' : `Send ${batch.unsentCount}`}
      </button>
      <p role="status">
        {batch.status === 'idle' ? '' : `${batch.summary.sent} invited, ${batch.summary.failed + batch.summary.unknown} not yet.`}
      </p>
    </form>
  );
}
