// RedHelp staff dashboard (/admin/redhelp): draws the monthly chart from the canvas's data-chart JSON.
// Progressive enhancement: the same figures are in the tables below the chart.
(function () {
    "use strict";
    var canvas = document.getElementById("redhelp-month-chart");
    if (!canvas || typeof window.Chart === "undefined") {
        return;
    }

    var data;
    try {
        data = JSON.parse(canvas.getAttribute("data-chart") || "{}");
    } catch (e) {
        return;
    }

    var colors = ["#b71c1c", "#2e7d32", "#f9a825"];
    new window.Chart(canvas, {
        type: "bar",
        data: {
            labels: data.labels || [],
            datasets: (data.series || []).map(function (s, i) {
                return { label: s.label, data: s.data, backgroundColor: colors[i % colors.length] };
            })
        },
        options: {
            responsive: true,
            maintainAspectRatio: false,
            scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
        }
    });
})();
