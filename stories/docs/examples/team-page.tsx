// app/orgs/[id]/team/page.tsx: a Server Component. The handler's capabilities are plain data.
import { POST } from './workos-next-route';
import { InvitePeople } from './one-role-dialog';

export default function TeamPage({ params }: { params: { id: string } }) {
  return <InvitePeople organizationId={params.id} capabilities={POST.capabilities} />;
}
