/** The agency tree as the rest of the application reads it. */
package vn.motcua.agency.boundary;
