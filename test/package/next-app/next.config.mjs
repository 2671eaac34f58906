// The host's Next.js config, as a developer would leave it: nothing invite-kit needs.
/** @type {import('next').NextConfig} */
export default {};
