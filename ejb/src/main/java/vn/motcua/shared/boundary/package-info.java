/** What every business component shares at its boundary: the business exception root and the data directory. */
package vn.motcua.shared.boundary;
