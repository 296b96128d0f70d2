/** The working calendar as other components use it: deadlines and timeliness for an agency. */
package vn.motcua.calendar.boundary;
