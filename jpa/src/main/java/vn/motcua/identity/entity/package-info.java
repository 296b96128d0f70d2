/** Officers (staff users), their agency-scoped roles and password hashes read by the Elytron realm. */
package vn.motcua.identity.entity;
