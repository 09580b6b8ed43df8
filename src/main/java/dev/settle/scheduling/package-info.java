/** Quartz wiring: the clustered JDBC job store on the application database. */
package dev.settle.scheduling;
