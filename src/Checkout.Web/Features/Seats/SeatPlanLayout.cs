using Checkout.VoordeMensen.Peppered.SeatMaps;

namespace Checkout.Web.Features.Seats;

/// <summary>
/// Where the plan draws things, in SVG user units: the stage on top, then each section with its rows centred under it,
/// seats by number from left to right. VdM sends no coordinates, so the plan is a schematic of sections, rows and seats.
/// </summary>
public sealed class SeatPlanLayout
{
    public const int Pitch = 26;
    public const int Radius = 10;
    public const int Margin = 44;
    public const int StageHeight = 36;
    private const int SectionGap = 44;

    private readonly Dictionary<SeatMapRow, double> rowY = [];
    private readonly Dictionary<SeatMapRow, double> rowX = [];
    private readonly Dictionary<SeatMapSection, double> sectionY = [];

    public SeatPlanLayout(SeatMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var widest = map.Sections.SelectMany(s => s.Rows).Select(r => r.Seats.Count).DefaultIfEmpty(1).Max();
        Width = (2 * Margin) + (widest * Pitch);
        double y = StageHeight + 24;
        foreach (var section in map.Sections)
        {
            sectionY[section] = y + 14;
            y += 30;
            foreach (var row in section.Rows)
            {
                rowY[row] = y + Radius;
                rowX[row] = Margin + ((widest - row.Seats.Count) * Pitch / 2.0) + (Pitch / 2.0);
                y += Pitch;
            }

            y += SectionGap - Pitch + Radius;
        }

        Height = y;
    }

    public double Width { get; }

    public double Height { get; }

    public double SectionY(SeatMapSection section) => sectionY[section];

    public double RowY(SeatMapRow row) => rowY[row];

    /// <summary>The centre of the seat at <paramref name="index"/> in its row.</summary>
    public double SeatX(SeatMapRow row, int index) => rowX[row] + (index * Pitch);

    public static string Number(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
