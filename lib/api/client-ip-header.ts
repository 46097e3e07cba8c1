/**
 * The header web's listener sets on every request it hands to Next, from the socket's
 * address, after removing any value a client sent: Next's route handlers see no socket,
 * and the audit log must not record an address the client chose.
 */
export const CLIENT_IP_HEADER = "x-accel-client-ip";
