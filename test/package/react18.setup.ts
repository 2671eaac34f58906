import { version } from 'react';
import { version as domVersion } from 'react-dom';

// The React 18 run (scripts/react18.mjs) is only worth its time if React 18 is what the tests get.
if (!version.startsWith('18.') || domVersion !== version) {
  throw new Error(`expected React 18 for this run, got react ${version} and react-dom ${domVersion}`);
}
