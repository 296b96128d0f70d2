/** Start-up of a MotCua node: schema migration and, on an empty embedded database, demo data. */
package vn.motcua.setup.boundary;
