/** The public status lookup by dossier code and PIN, for the web page, the kiosk and the public API. */
package vn.motcua.lookup.boundary;
