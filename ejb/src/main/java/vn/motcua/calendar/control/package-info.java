/**
 * Working-time arithmetic: the calendar snapshot and the deadline engine. Plain Java, no container,
 * so that every rule of how deadlines run is tested with JUnit alone.
 */
package vn.motcua.calendar.control;
