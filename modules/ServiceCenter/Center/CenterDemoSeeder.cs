using Microsoft.EntityFrameworkCore;
using Portal.Core.DemoData;
using Portal.Core.Files;
using Portal.Core.Modules;
using Portal.Modules.ServiceCenter.Data;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Center;

/// <summary>
/// The center's pages and halls for a new database, facts taken from the source reports (an investment
/// of nearly 120 million yuan, 100+ expos, 380+ design, exhibition and testing services, 15 training
/// bases, 117 mass organisations, 2,000+ enterprises of which 239 above designated size). Idempotent: pages
/// and halls are each seeded only when there is none; deterministic: the same rows and pictures every time.
/// </summary>
internal sealed class CenterDemoSeeder(ServiceCenterDbContext db, IFileStore files, TimeProvider time) : IDemoDataSeeder
{
    public const int PhotoWidth = 800;
    public const int PhotoHeight = 500;

    public int Order => 100;

    public static readonly (string Key, string Title, string Body)[] Pages =
    [
        ("about", "中心简介", """
            红纺链党群服务中心是纺织服装产业链综合党委的服务阵地，面向链上企业、党组织、党员和职工开放。中心所在的纺织服装综合服务中心投资近 **1.2 亿元** 建成，按印染、制衣、运输、销售、智造、保障六大行业的需要，为企业提供可灵活组合的文化与产品展示空间。

            - 已举办产品展销会 **100 余场**；
            - 引进全省首个国家纺织面料馆和专业检测机构，累计提供创意设计、时尚会展、检验检测等服务 **380 余次**；
            - 与纺织服装院校合作，在区内重点企业建成实训基地 **15 个**；
            - 随企业党组织同步建立群团组织 **117 个**。

            全区现有针纺企业 2000 余家，其中规模以上工业企业 239 家，从业人员超过 8 万人。
            """),
        ("hours", "开放时间", """
            | 时段 | 开放时间 |
            |---|---|
            | 周一至周五 | 9:00—17:30 |
            | 周六 | 9:00—16:00（展厅开放，服务预约除外） |
            | 周日及法定节假日 | 闭馆 |

            团体参观、直播间和培训教室请提前通过 [服务预约](/services) 办理。
            """),
        ("address", "中心地址", """
            江西省南昌市青山湖区针纺服装产业园服务中心大楼（演示地址）

            咨询电话：0791-0000 0000（演示号码）
            """),
        ("transport", "交通指引", """
            - **公交**：乘坐产业园环线至“针纺服装产业园”站，步行约 5 分钟；
            - **地铁**：在就近站点换乘产业园接驳公交；
            - **自驾**：中心大楼东侧设有访客停车场，展销会期间车位紧张，建议公共交通出行。
            """),
    ];

    public static readonly (string Name, string Slug, string Floor, int Area, string Summary, string Description, (byte, byte, byte) Colour)[] Halls =
    [
        ("国家纺织面料馆", "fabric-library", "一层", 1200, "全省首个国家纺织面料馆，集中展示新型面料，供设计师和企业选样对接。",
            "面料馆按功能面料、时尚面料、绿色面料分区陈列，链上企业可现场调样、对接供应商。\n\n馆内配合专业检测机构，提供面料成分与性能的检验检测咨询。",
            (140, 28, 31)),
        ("产品展示厅", "product-hall", "一层", 2000, "链上企业产品的常设展示空间，展销会的主会场。",
            "展厅采用可移动展墙，可按展销会的规模灵活组合展位。\n\n中心已在这里举办产品展销会 100 余场。",
            (154, 107, 0)),
        ("企业文化长廊", "culture-gallery", "二层", 600, "讲述领航企业和知名品牌的发展故事。",
            "长廊展示六大行业领航企业的党建和企业文化成果，以及一批走向国内外市场的服装品牌。",
            (40, 90, 120)),
        ("党群活动室", "party-room", "三层", 300, "产业链综合党委和行业党组织开展活动、联席议事的场所。",
            "活动室可承办主题党日、联席会议和党员教育培训，链上企业党组织可预约使用。",
            (160, 40, 40)),
        ("直播电商间", "live-studio", "二层", 400, "配备灯光和直播设备，帮助企业开展线上销售。",
            "直播间按小时预约，适合新品发布和展销会期间的线上同步销售。",
            (70, 110, 70)),
        ("培训教室", "training-room", "三层", 250, "开展研发设计、生产技术和品牌运营等岗位培训。",
            "教室与院校和行业专家合作开展培训，服务区内 15 个实训基地的学员。",
            (90, 70, 130)),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (!await db.Pages.AnyAsync(cancellationToken))
        {
            db.Pages.AddRange(Pages.Select((p, i) => new CenterPage
            {
                Key = p.Key, Title = p.Title, Body = p.Body.Trim(), SortOrder = (i + 1) * 10, UpdatedAt = now,
            }));
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.Halls.AnyAsync(cancellationToken))
        {
            var order = 0;
            foreach (var h in Halls)
            {
                var hall = new Hall
                {
                    Name = h.Name, Slug = h.Slug, Floor = h.Floor, AreaSquareMetres = h.Area, Summary = h.Summary,
                    Description = h.Description, SortOrder = order += 10,
                };
                using var photo = new MemoryStream(DemoImages.Png(PhotoWidth, PhotoHeight, h.Colour));
                var (stored, _) = await files.SaveAsync(photo, h.Slug + ".png", FileKinds.Images, HallPhotos.MaxBytes, cancellationToken);
                if (stored is not null)
                {
                    hall.PhotoKey = stored.Key;
                    hall.PhotoWidth = PhotoWidth;
                    hall.PhotoHeight = PhotoHeight;
                }

                db.Halls.Add(hall);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
