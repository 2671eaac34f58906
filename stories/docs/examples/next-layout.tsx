// app/layout.tsx — one stylesheet for the app; app/globals.css names the layer order and imports
// the kit's styles after Tailwind (see Theming): the kit's rules sit above Tailwind's reset and
// below its utilities, so your utilities win over the kit's.
import type { ReactNode } from 'react';
import './globals.css';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
