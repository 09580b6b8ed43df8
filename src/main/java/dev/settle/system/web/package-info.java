/** Shapes shared by the API's controllers: paging. */
package dev.settle.system.web;
