/** Sign-in page and the staff shell (login.xhtml, WEB-INF/templates/staff.xhtml). */
package vn.motcua.identity.view;
