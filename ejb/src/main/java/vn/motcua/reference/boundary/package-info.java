/** Reference lists: read by every screen that offers a choice of codes, edited by administrators. */
package vn.motcua.reference.boundary;
