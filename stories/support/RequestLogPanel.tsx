import { Fragment, useSyncExternalStore } from 'react';
import { requestLog, type LoggedRequest } from './request-log';

const tone = (status: LoggedRequest['status']) =>
  status === undefined ? 'pending' : status === 'network error' || status >= 500 ? 'danger' : status >= 400 ? 'warning' : 'success';

/** A path that wraps after its slashes rather than inside a word. */
const breakable = (url: string) =>
  url.split('/').map((part, i) => (
    <Fragment key={i}>
      {i > 0 && '/'}
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));

function Headers({ list }: { list: Array<[string, string]> }) {
  if (list.length === 0) return null;
  return (
    <dl className="pg-headers">
      {list.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The requests the dialog's transport sent, newest first: method, path, the headers that matter,
 * the JSON body, and what came back. Nothing in it scrolls or takes focus, so it stays readable
 * (and out of the way) beside the open modal dialog.
 */
export function RequestLogPanel() {
  const entries = useSyncExternalStore(requestLog.subscribe, requestLog.getSnapshot, requestLog.getSnapshot);
  return (
    <section className="pg-log" aria-labelledby="pg-log-title" data-testid="request-log">
      <h2 id="pg-log-title">Requests</h2>
      {entries.length === 0 ? (
        <p className="pg-muted">Nothing sent yet. Open the dialog, paste a few addresses and send: each request shows here.</p>
      ) : (
        <ol className="pg-requests">
          {entries.map((entry) => (
            <li key={entry.id} className="pg-request" data-status={entry.status ?? 'pending'}>
              <p className="pg-line">
                <span className="pg-method">{entry.method}</span>
                <span className="pg-status" data-tone={tone(entry.status)}>
                  {entry.status ?? 'waiting…'}
                </span>
              </p>
              <code className="pg-url">{breakable(entry.url)}</code>
              <Headers list={entry.headers} />
              {entry.body && <pre className="pg-body">{entry.body}</pre>}
              {entry.status !== undefined && (entry.response || entry.responseHeaders?.length) ? (
                <>
                  <p className="pg-muted pg-answer">Answer</p>
                  <Headers list={entry.responseHeaders ?? []} />
                  {entry.response && <pre className="pg-body">{entry.response}</pre>}
                </>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
