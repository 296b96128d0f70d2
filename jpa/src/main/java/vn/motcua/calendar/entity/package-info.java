/**
 * The working calendar: weekly working periods, public holidays and make-up workdays, and the
 * values that deadlines are made of (statutory durations, timeliness of a dossier).
 */
package vn.motcua.calendar.entity;
