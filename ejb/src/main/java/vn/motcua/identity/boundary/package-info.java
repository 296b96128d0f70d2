/** Staff sign-in rules and the signed-in officer's own account. */
package vn.motcua.identity.boundary;
