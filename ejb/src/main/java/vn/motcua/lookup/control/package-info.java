/** Rules of the public status lookup: what a citizen may see of a dossier, and how guessing is slowed down. */
package vn.motcua.lookup.control;
