/** The document store: keeps uploaded files after checking their content, and gives them back. */
package vn.motcua.document.boundary;
