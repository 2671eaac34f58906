import { HostSettings } from './host-settings';

// The kit's dialog opened from inside the host's own Radix dialog (the host pins another version).
export default function NestedPage() {
  return (
    <main className="p-8">
      <HostSettings />
    </main>
  );
}
