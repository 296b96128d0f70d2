/**
 * The procedure catalog as the rest of MotCua uses it: administrators import a province's release
 * of procedures as a draft, see what it changes and publish it with an effective date
 * ({@link vn.motcua.catalog.boundary.CatalogAdministration}); everyone reads the release in force
 * ({@link vn.motcua.catalog.boundary.CatalogQuery}). The records here are also the JSON file format.
 */
package vn.motcua.catalog.boundary;
