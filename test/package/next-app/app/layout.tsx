import type { ReactNode } from 'react';
// The kit's stylesheet first: its `@layer invite-kit` is then ordered before Tailwind's layers.
import 'invite-kit/styles.css';
import './globals.css';

export const metadata = { title: 'Acme: team' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
