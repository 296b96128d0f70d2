/** Password hashing and policy. */
package vn.motcua.identity.control;
