/** The drop-in bundle's entry: registers every element. */
import './all.js';
