/** The dossier as the desk receives it and as the printed forms of Circular 01/2018/TT-VPCP show it. */
package vn.motcua.dossier.boundary;
