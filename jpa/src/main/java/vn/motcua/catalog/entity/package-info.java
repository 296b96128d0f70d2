/**
 * The procedure catalog: fields, versioned catalog releases issued by the province, and the
 * procedure versions inside them with their documents, channels and internal workflows. A new
 * release is data; a published procedure version is never changed, so a dossier can keep the one
 * it was received under.
 */
package vn.motcua.catalog.entity;
