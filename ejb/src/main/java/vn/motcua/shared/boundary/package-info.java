/** What every business component shares at its boundary: the business exception root. */
package vn.motcua.shared.boundary;
