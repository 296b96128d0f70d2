/** The demo office (a district of Gia Lai province) loaded into an empty embedded database. */
package vn.motcua.setup.control;
