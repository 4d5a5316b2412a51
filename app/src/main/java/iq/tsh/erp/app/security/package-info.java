/** Who may call what: HS256 bearer tokens with roles CUSTOMER, OPS and AUDITOR; webhooks keep their own HMAC. */
package iq.tsh.erp.app.security;
