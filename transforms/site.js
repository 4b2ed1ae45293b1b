// Sortable tables on the site's pages: a click on a column heading of a table.sortable
// sorts its rows by that column (again: the other way). An enhancement only: without
// JavaScript the tables keep the order they were written in. A cell's data-sort
// attribute, when present, is the value compared.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  for (const table of document.querySelectorAll("table.sortable")) {
    const heads = table.tHead ? Array.from(table.tHead.rows[0].cells) : [];
    heads.forEach((th, column) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      th.setAttribute("aria-sort", "none");
      button.addEventListener("click", () => {
        const ascending = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach((h) => h.setAttribute("aria-sort", "none"));
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const body = table.tBodies[0];
        const value = (row) => {
          const cell = row.cells[column];
          return cell ? (cell.dataset.sort ?? cell.textContent.trim()) : "";
        };
        const rows = Array.from(body.rows);
        rows.sort((a, b) => {
          const order = value(a).localeCompare(value(b), undefined, { numeric: true });
          return ascending ? order : -order;
        });
        body.append(...rows);
      });
    });
  }
});
