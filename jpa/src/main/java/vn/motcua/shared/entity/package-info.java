/** Persistence pieces shared by every business component's entities. */
package vn.motcua.shared.entity;
