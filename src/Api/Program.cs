using KtPortal.Api.GraphQL;
using KtPortal.Api.Hosting;
using KtPortal.Api.OAuth;

return args switch
{
    ["schema", .. var rest] => await SchemaExport.RunAsync(rest),
    ["token", .. var rest] => await DevTokenCommand.RunAsync(rest),
    _ => await PortalApplication.RunAsync(args),
};
