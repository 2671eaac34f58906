// app/layout.tsx — the kit's stylesheet once, before your own: its rules sit in `@layer invite-kit`,
// which is then ordered before Tailwind's layers, so your utilities win over the kit's.
import type { ReactNode } from 'react';
import 'invite-kit/styles.css';
import './globals.css'; // @import 'tailwindcss'; and the rest of your styles

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
