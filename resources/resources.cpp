// Anchor for the reelatlas_resources library: its content is the compiled-in resources.
namespace ReelAtlasResources {
int anchor()
{
    return 0;
}
} // namespace ReelAtlasResources
