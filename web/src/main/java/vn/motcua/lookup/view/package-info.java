/** The public lookup page (/lookup), light enough for a phone on a slow rural line. */
package vn.motcua.lookup.view;
