/** How audit_event stores the subject a global ID names (type name and key columns). */
export function subjectColumns(globalId: string): { subject_type: string; subject_key: string } {
  const [type, key] = Buffer.from(globalId, 'base64url').toString('utf8').split(':');
  return { subject_type: type, subject_key: key };
}
