/** The agency tree: province, districts and communes, their departments and one-stop desks. */
package vn.motcua.agency.entity;
