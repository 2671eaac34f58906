// app/orgs/[id]/team/page.tsx: a Server Component. The handler's capabilities are plain data.
import { POST } from './workos-next-route';
import { InvitePeople } from './one-role-dialog';

export default async function TeamPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <InvitePeople organizationId={id} capabilities={POST.capabilities} />;
}
