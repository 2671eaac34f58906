// The stylesheet's subpath, for the typecheck of these examples (the package ships the same
// declaration beside dist/styles.css).
declare module 'invite-kit/styles.css';
